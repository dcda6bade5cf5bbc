// Tags as chips: type and press Enter, comma or space; Backspace on an empty field removes the last.
import { useState, type KeyboardEvent } from 'react';
import { addTags } from './editor-data';

export function TagInput({ tags, onChange, id }: { tags: string[]; onChange(tags: string[]): void; id: string }) {
  const [text, setText] = useState('');
  const commit = () => {
    if (!text.trim()) return;
    onChange(addTags(tags, text));
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="chip-input">
      {tags.map((tag) => (
        <span key={tag} className="chip">
          #{tag}
          <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        id={id}
        value={text}
        placeholder={tags.length ? 'Add a tag' : 'Add tags: mlops, interview…'}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
    </div>
  );
}

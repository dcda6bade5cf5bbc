import { format } from 'date-fns';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getInspirationsRepo, useInspirations } from '../../data/inspirations-store';
import { INSPIRATION_KINDS, inspirationKindLabels, inspirationsInWeek, inspirationsMarkdown, type InspirationFieldErrors, type InspirationKind } from '../../domain/inspirations';
import { splitTagText } from '../../domain/tags';
import { isoWeekFromWeekOf, weekOfFromDate } from '../../domain/week';
import { useHost } from '../../host';
import { InspirationIcon } from '../../ui/icons';
import { EmptyState, PageHeader } from '../../ui/page';
import { showToast } from '../../ui/toast-store';
import { groupByWeek } from './inspirations-data';
import './inspirations.css';

const today = () => format(new Date(), 'yyyy-MM-dd');

export function InspirationsPage() {
  const host = useHost();
  const list = useInspirations();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<InspirationKind>('person');
  const [link, setLink] = useState('');
  const [date, setDate] = useState(today);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<InspirationFieldErrors>({});
  const nameInput = useRef<HTMLInputElement>(null);
  const groups = useMemo(() => groupByWeek(list ?? []), [list]);
  const thisWeek = useMemo(() => inspirationsInWeek(list ?? [], weekOfFromDate(new Date())), [list]);

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await getInspirationsRepo().add({ name, kind, link, date, note, tags: splitTagText(tags) });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setName('');
    setLink('');
    setNote('');
    setTags('');
    nameInput.current?.focus();
  }

  async function remove(id: string) {
    const removed = await getInspirationsRepo().remove(id);
    if (removed) showToast({ message: `Removed “${removed.name}”.`, action: { label: 'Undo', run: () => getInspirationsRepo().put(removed) } });
  }

  async function copyWeek() {
    await navigator.clipboard.writeText(inspirationsMarkdown(thisWeek));
    showToast({ message: `Copied ${thisWeek.length} inspiration${thisWeek.length === 1 ? '' : 's'} as a markdown list.` });
  }

  const field = (id: keyof InspirationFieldErrors) => (errors[id] ? { 'aria-invalid': true, 'aria-describedby': `insp-${id}-error` } : {});
  return (
    <div className="page">
      <PageHeader
        title="Inspirations"
        subtitle="People, talks, videos and articles that moved your learning forward."
        actions={
          <button type="button" className="btn" disabled={thisWeek.length === 0} onClick={() => void copyWeek()}>
            Copy this week’s list
          </button>
        }
      />
      <form className="card inspiration-form" onSubmit={(e) => void add(e)} aria-label="Add an inspiration">
        <div className="field grow">
          <label htmlFor="insp-name">Who or what</label>
          <input id="insp-name" ref={nameInput} className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Ronny Kohavi" {...field('name')} />
          {errors.name ? <span id="insp-name-error" className="field-error">{errors.name}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="insp-kind">Kind</label>
          <select id="insp-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as InspirationKind)}>
            {INSPIRATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {inspirationKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor="insp-link">Link</label>
          <input id="insp-link" className="input" value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://…" {...field('link')} />
          {errors.link ? <span id="insp-link-error" className="field-error">{errors.link}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="insp-date">Date</label>
          <input id="insp-date" type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} {...field('date')} />
          {errors.date ? <span id="insp-date-error" className="field-error">{errors.date}</span> : null}
        </div>
        <div className="field grow">
          <label htmlFor="insp-note">Why it mattered</label>
          <input id="insp-note" className="input" value={note} onChange={(e) => setNote(e.target.value)} placeholder="One line you want to remember" />
        </div>
        <div className="field">
          <label htmlFor="insp-tags">Tags</label>
          <input id="insp-tags" className="input" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="experimentation, mlops" />
        </div>
        <button type="submit" className="btn btn-primary">
          Add
        </button>
      </form>
      {list === undefined ? null : list.length === 0 ? (
        <EmptyState icon={InspirationIcon} title="No inspirations yet" hint="Press Enter in any field to add.">
          <p>
            Note the people, talks, videos and articles that inspired you this week. Your weekly episode can pull them
            into its “People who inspired me” section, and the ones you list in that section show up here too.
          </p>
        </EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.weekOf} className="inspiration-week" aria-label={isoWeekFromWeekOf(group.weekOf)}>
            <h2>
              {isoWeekFromWeekOf(group.weekOf)} <span className="hint">week of {format(new Date(`${group.weekOf}T00:00:00`), 'd MMMM yyyy')}</span>
            </h2>
            <ul>
              {group.items.map((i) => (
                <li key={i.id} className="inspiration-item">
                  <div className="inspiration-main">
                    {i.link ? (
                      <a href={i.link} onClick={(e) => (e.preventDefault(), void host.openExternal(i.link!))}>
                        {i.name}
                      </a>
                    ) : (
                      <strong>{i.name}</strong>
                    )}
                    <span className="kind-badge">{inspirationKindLabels[i.kind]}</span>
                    {i.tags.map((t) => (
                      <span key={t} className="tag-chip">
                        #{t}
                      </span>
                    ))}
                    {i.note ? <p>{i.note}</p> : null}
                  </div>
                  {'episode' in i ? (
                    <Link className="hint inspiration-source" to={`/journal/${i.episode.id}`} title="Listed in this episode’s “People who inspired me” section">
                      In “{i.episode.title || 'Untitled episode'}”
                    </Link>
                  ) : (
                    <>
                      <span className="hint">{format(new Date(`${i.date}T00:00:00`), 'EEE d MMM')}</span>
                      <button type="button" className="btn btn-ghost" aria-label={`Remove ${i.name}`} onClick={() => void remove(i.id)}>
                        Remove
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { shortcutGroups } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="shortcuts-backdrop" onMouseDown={onClose}>
      <div
        className="shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <header>
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button ref={close} type="button" className="btn btn-ghost" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="shortcuts-grid">
          {shortcutGroups.map((group) => (
            <section key={group.title}>
              <h3>{group.title}</h3>
              <dl>
                {group.items.map((item) => (
                  <div key={item.description + item.keys.join()} style={{ display: 'contents' }}>
                    <dt>
                      {item.keys.map((k) => (
                        <kbd key={k}>{k === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : k}</kbd>
                      ))}
                    </dt>
                    <dd>{item.description}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}

// The ? overlay: every shortcut of the command table, by where it works.
import { useEffect, useRef } from 'react';
import { commandIds, commands, helpGroups, shortcutKeys, type CommandSpec, type Platform } from '../shared/commands';

const rows = helpGroups.map((group) => ({
  group,
  items: commandIds.map((id): CommandSpec & { id: string } => ({ id, ...commands[id] })).filter((spec) => spec.help === group && spec.shortcuts?.length),
}));

export function ShortcutsHelp({ platform, onClose }: { platform: Platform; onClose: () => void }) {
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
          {rows.map(({ group, items }) => (
            <section key={group}>
              <h3>{group}</h3>
              <dl>
                {items.map((item) => (
                  <div key={item.id} style={{ display: 'contents' }}>
                    <dt>
                      {(item.shortcuts ?? []).map((shortcut, index) => (
                        <span key={index} className="shortcut-keys">
                          {index > 0 && (shortcutKeys(shortcut, platform).length > 1 || shortcutKeys(item.shortcuts![index - 1]!, platform).length > 1) ? <span className="shortcut-or">or</span> : null}
                          {shortcutKeys(shortcut, platform).map((key) => (
                            <kbd key={key}>{key}</kbd>
                          ))}
                        </span>
                      ))}
                    </dt>
                    <dd>{item.title}</dd>
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

// The offer shown after a whole post is pasted into an empty episode.
import { Callout } from '../../ui/Callout';
export function SplitOfferBar({ sections, onSplit, onDismiss }: { sections: number; onSplit(): void; onDismiss(): void }) {
  return (
    <Callout className="split-offer" role="region" aria-label="Split the pasted post">
      <span>
        This looks like a whole post with {sections} sections. Split it the way Import does: its first line becomes the title and its bare-line
        headings become sections.
      </span>
      <div className="split-offer-actions">
        <button type="button" className="btn btn-primary" onClick={onSplit}>
          Split into sections
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDismiss}>
          Keep as pasted
        </button>
      </div>
    </Callout>
  );
}

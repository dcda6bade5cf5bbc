// What the app knows about the person's section kinds (see data/kind-knowledge.ts), for the editor:
// read when the browser is idle, so opening an episode and the first keystrokes never wait for it.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { loadKindKnowledge } from '../../data/kind-knowledge';
import type { ParseOptions } from '../../domain/episode';
import { whenIdle } from '../../ui/when-idle';

/** The knowledge ({} until read) and a ref that always holds the latest, for callbacks. */
export function useKindKnowledge(): [ParseOptions, RefObject<ParseOptions>] {
  const [knowledge, setKnowledge] = useState<ParseOptions>({});
  const ref = useRef(knowledge);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => void loadKindKnowledge().then((loaded) => live && setKnowledge(loaded), () => undefined), 2000);
    return () => {
      live = false;
      cancel();
    };
  }, []);
  useEffect(() => {
    ref.current = knowledge;
  }, [knowledge]);
  return [knowledge, ref];
}

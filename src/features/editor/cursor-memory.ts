// Where the cursor was when an episode's editor was last used, for this session of the app:
// "Save to episode" on a calculator puts the result there.
const cursors = new Map<string, number>();

export function rememberCursor(episodeId: string, offset: number): void {
  cursors.set(episodeId, offset);
}

/** The offset last seen in that episode's editor, if it was opened in this session. */
export function rememberedCursor(episodeId: string): number | undefined {
  return cursors.get(episodeId);
}

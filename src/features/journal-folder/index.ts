// What other features may use from the journal folder.
export { journalFolderAfterRestore } from './journal-folder-runtime';

// Publishing one episode for a blog platform or a site generator (issue 20).
export { PublishDialog, type PublishDialogProps } from './PublishDialog';
export { PublishSettingsSection } from './PublishSettingsSection';

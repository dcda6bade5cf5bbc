// Publishing (issue 20): one episode for a blog platform or a site generator, and the static site.
export { PublishDialog, type PublishDialogProps } from './PublishDialog';
export { PublishSettingsSection } from './PublishSettingsSection';
export { SiteDialog } from './SiteDialog';

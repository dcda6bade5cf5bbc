// Publishing (issue 20): profiles for blog platforms and site generators, the post they get, and the
// pre-publish check.
export type { PostFacts, PublishProfile, PublishProfileId } from './profiles';
export { PUBLISH_PROFILES, PUBLISH_PROFILE_IDS, isPublishProfileId, sitePostPath, tagFor } from './profiles';
export type { Neighbour, Post, PostContext, PublishSettings } from './post';
export { buildPost, bundlePost, defaultPublishSettings, postSlug, seriesLine, seriesNeighbours, targetTags } from './post';
export type { CheckContext, PublishField, PublishIssue } from './check';
export { prePublishCheck } from './check';
export type { SiteEntry, SiteOptions, SiteOutput, SiteRenderer } from './site';
export { buildSite } from './site';

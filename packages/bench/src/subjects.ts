/** The libraries compared; each names its fixture files (`fixtures/<benchmark>/<subject>...`). */
export const librarySubjects = ["ours", "rest-api-client", "openapi-fetch"] as const;

/** One of {@link librarySubjects}. */
export type LibrarySubject = (typeof librarySubjects)[number];

/** The queue of the nightly maintenance tasks (link check, retention), run by the server's job runner. */
export const NIGHTLY_QUEUE = 'nightly'

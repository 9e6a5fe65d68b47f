// Chrome's offscreen document: a DOM for the service worker, used only to
// extract the article of a page the reader saves (lib/library/offscreen.ts).
import { answerExtractRequests } from '../../lib/library/offscreen';

answerExtractRequests();

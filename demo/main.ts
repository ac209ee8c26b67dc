// The demo page: every element, on the demo backend served over HTTP under /api.
import '../src/define.js';
import './demo-page.js';

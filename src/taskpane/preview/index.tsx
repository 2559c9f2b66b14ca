import { createRoot } from 'react-dom/client';
import pkg from '../../../package.json';
import { PreviewApp } from './PreviewApp';

// The preview runs without Excel and without Office.js: nothing here may reach the network
// except the example workbook served next to this page.
const root = document.getElementById('root');
if (root)
  createRoot(root).render(<PreviewApp exampleUrl="lbf-example.xlsx" addinVersion={pkg.version} />);

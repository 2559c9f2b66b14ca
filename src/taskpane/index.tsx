/**
 * The task pane's entry in Excel: the composition root. It is the only
 * task-pane file that knows it runs inside Office: it waits for Office.js,
 * reads the Office theme, and hands the Office.js adapter of the port
 * (src/excel) to the services. Components see only the services.
 */
import { createRoot } from 'react-dom/client';
import pkg from '../../package.json';
import { OfficeWorkbook } from '../excel';
import { App } from './components/App';
import { log } from './logger';
import { createServices } from './services/createServices';
import { themeForBackground } from './theme';

function mount(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root element');
  Object.assign(root.style, { height: '100vh' });
  document.body.style.margin = '0';
  const theme = themeForBackground(Office.context.officeTheme?.bodyBackgroundColor);
  const services = createServices(new OfficeWorkbook(), { addinVersion: pkg.version });
  createRoot(root).render(<App services={services} theme={theme} />);
}

Office.onReady(() => {
  try {
    mount();
  } catch (e) {
    log.error('The task pane could not start', e);
    throw e;
  }
}).catch((e: unknown) => log.error('Office.js did not become ready', e));

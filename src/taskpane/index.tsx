import { createRoot } from 'react-dom/client';

// Placeholder mount until the wizard lands (issue #8).
const root = document.getElementById('root');
if (root) createRoot(root).render(<p>LBF</p>);

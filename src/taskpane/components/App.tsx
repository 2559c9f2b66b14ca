import {
  FluentProvider,
  makeStyles,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { ServicesProvider } from '../services/context';
import type { WizardServices } from '../services/types';
import { ErrorBoundary } from './ErrorBoundary';
import { Wizard } from './Wizard';

export type ThemeName = 'light' | 'dark';

export interface AppProps {
  services: WizardServices;
  theme: ThemeName;
}

const useStyles = makeStyles({
  root: { height: '100%', width: '100%' },
});

/** The task pane: Fluent's theme (following Office's), the services, the wizard. */
export function App({ services, theme }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <ServicesProvider services={services}>
        <ErrorBoundary>
          <Wizard />
        </ErrorBoundary>
      </ServicesProvider>
    </FluentProvider>
  );
}

import { createContext, useContext, type ReactNode } from 'react';
import type { WizardServices } from './types';

const ServicesContext = createContext<WizardServices | null>(null);

export interface ServicesProviderProps {
  services: WizardServices;
  children: ReactNode;
}

/** Makes the services available to every step below it. */
export function ServicesProvider({ services, children }: ServicesProviderProps) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The wizard's services; throws when a component is rendered outside the provider. */
export function useServices(): WizardServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs a ServicesProvider above it');
  return services;
}

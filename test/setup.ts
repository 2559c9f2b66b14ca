/**
 * Test setup: any console output fails the test (the core never logs), and the
 * custom-functions runtime's error class is provided as Excel provides it.
 */
const methods = ['log', 'warn', 'error', 'info', 'debug'] as const;

beforeEach(() => {
  for (const method of methods) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called during a test: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
});

class RuntimeError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

Object.assign(globalThis, { CustomFunctions: { Error: RuntimeError, ErrorCode } });

// The IANA time zones the browser knows, for pickers (workspaces, customers).
export function timeZones(): string[] {
  // The server accepts IANA names and UTC; some browsers leave UTC out of their list.
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
}

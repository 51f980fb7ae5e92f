// The site's only clock. Pipeline functions take `now` as an argument; pages call `now()` here.
export function now(): Date {
  return new Date();
}

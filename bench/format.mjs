// How the bench writes each unit, shared by its printed table and README's.
const UNITS = {
  // Milliseconds: whole numbers from 100 ms, one decimal from 10 ms, two below.
  ms: (value) => `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ms`,
  // Seconds, for figures that take most of a minute.
  s: (value) => `${value.toFixed(1)} s`,
  ratio: (value) => `${value.toFixed(2)}×`,
  // Decimal units throughout: 1 MB = 1,000,000 bytes, 1 kB = 1,000 bytes.
  MB: (value) => `${(value / 1e6).toFixed(1)} MB`,
  kB: (value) => `${(value / 1e3).toFixed(1)} kB`,
};

export function format(value, unit) {
  return Number.isFinite(value) ? UNITS[unit](value) : '—';
}

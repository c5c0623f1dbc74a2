// The parts of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface Instance extends PromiseLike<{ errors: number; requests: { total: number } }> {
    on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  }
  function autocannon(opts: { url: string; connections: number; duration: number }): Instance;
  export default autocannon;
}

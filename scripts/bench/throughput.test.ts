import { describe, expect, it } from 'vitest';
import { parseWrk, wrkMs } from './throughput';

const OUTPUT = `Running 10s test @ http://127.0.0.1:3201/news/x
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    25.12ms   10.02ms 214.21ms   87.01%
    Req/Sec   640.33     80.12   800.00     70.00%
  Latency Distribution
     50%   23.40ms
     75%   28.61ms
     90%   35.18ms
     99%    1.02s
  12807 requests in 10.01s, 460.53MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:   1279.44
Transfer/sec:     46.01MB
`;

describe('reading wrk', () => {
  it.each([
    ['812.00us', 0.812],
    ['4.21ms', 4.21],
    ['1.02s', 1020],
  ])('%s is %d ms', (text, ms) => {
    expect(wrkMs(text)).toBeCloseTo(ms);
  });

  it('takes the rate, the median and 99th percentile latency, and every error', () => {
    expect(parseWrk(OUTPUT)).toEqual({ rps: 1279.44, p50: 23.4, p99: 1020, errors: 9 });
  });

  it('refuses output without a result', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:3201 Connection refused')).toThrow(/no result/);
  });
});

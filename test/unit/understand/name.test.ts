import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understand/understand.js';

const name = (text: string) => understand(text, { prompt: 'name', today: '2026-11-18' });

/** What a name is and is not, by construction; none of these replies is in the corpora. */
describe('readName: constructions', () => {
  it.each([
    ['叫我陳生得啦', '陳生'], ['敝姓林', '林'], ['额叫王建军', '王建军'], ['区先生', '区先生'], ['冼小姐', '冼小姐'], ['洪生', '洪生'],
    ['我個名係陳美玲', '陳美玲'], ['黃sir', '黃sir'], ['李 先生', '李先生'], ['美玲', '美玲'], ['志强', '志强'],
    ['我老婆接电话 她姓王', '王女士'], ['我係佢老公，姓何', '何先生'],
    ["it's Dave, mate", 'Dave'], ['Barbara, love', 'Barbara'], ["Shirley's fine", 'Shirley'], ['Just Shirl', 'Shirl'],
    ['Put it under Sarah', 'Sarah'], ['under the name Mike Chen', 'Mike Chen'], ['My husband Tom will be home', 'Tom'],
    ["Mrs. Patricia O'Brien", "Mrs. Patricia O'Brien"],
  ])('%s → %s', (text, value) => { expect(name(text)).toMatchObject({ kind: 'value', value }); });

  it.each(['房东', '我是业主', '阿姨', 'Hi there', 'just send someone', '都可以', '那个东西'])('%s is not a name', (text) => {
    expect(name(text)).toMatchObject({ kind: 'invalid' });
  });
});

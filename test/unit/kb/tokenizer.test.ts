import { describe, expect, it } from 'vitest';
import { createTokenizer } from '../../../src/kb/tokenizer.js';

const jieba = createTokenizer('jieba');

describe('jieba tokenizer', () => {
  it.each(['排水泵', '进水阀', '门封条', '镁棒', '压缩机', '路由器', '滤网'])('keeps the domain word %s whole', (word) => {
    expect(jieba.tokenize(`我家的${word}坏了`)).toContain(word);
  });

  it('keeps 不进水 and 不排水 distinct, each also matching its verb', () => {
    const fill = jieba.tokenize('洗衣机不进水');
    const drain = jieba.tokenize('洗衣机不排水');
    expect(fill).toEqual(['洗衣机', '进水', '不进水']);
    expect(drain).toEqual(['洗衣机', '排水', '不排水']);
  });

  it('normalises 没/无法/不能 to the same negation as 不', () => {
    expect(jieba.tokenize('冰箱无法制冷')).toContain('不制冷');
    expect(jieba.tokenize('冰箱不能制冷')).toContain('不制冷');
    expect(jieba.tokenize('洗衣机不转了')).toEqual(['洗衣机', '转', '不转']);
  });

  it('keeps model numbers and error codes as tokens, with the model family', () => {
    expect(jieba.tokenize('XQG100-D3报E21')).toEqual(expect.arrayContaining(['xqg100-d3', 'xqg100', 'e21']));
    expect(jieba.tokenize('55U7 黑屏')).toEqual(['55u7', '黑屏']);
  });

  it('keeps the unit of a quantity rather than the number', () => {
    expect(jieba.tokenize('paying for 300Mbps')).toEqual(['pai', 'mbps']);
    expect(jieba.tokenize('排水管2m长')).toEqual(['排水管', '长']);
  });

  it('drops stop words and punctuation', () => {
    expect(jieba.tokenize('请问，我的冰箱怎么一直响啊？？')).toEqual(['冰箱', '响']);
  });

  it('lower-cases and stems English, marking negated words', () => {
    expect(jieba.tokenize("My Washer won't DRAIN, it's draining slowly")).toEqual(['washer', 'drain', '不drain', 'drain', 'slowli']);
  });

  it('treats full-width characters like their ASCII forms', () => {
    expect(jieba.tokenize('ＸＱＧ１００　Ｅ２１')).toEqual(['xqg100', 'e21']);
  });
});

describe('other tokenizers', () => {
  it('intl segments Chinese without our dictionary but with the same filters', () => {
    const tokens = createTokenizer('intl').tokenize('冰箱不能制冷了');
    expect(tokens).toContain('冰箱');
    expect(tokens).toContain('不制冷');
    expect(tokens).not.toContain('了');
  });

  it('plain (the eval baseline) splits Chinese into characters and keeps everything', () => {
    expect(createTokenizer('plain').tokenize('洗衣机不排水 Won\'t drain')).toEqual(['洗', '衣', '机', '不', '排', '水', "won't", 'drain']);
  });
});

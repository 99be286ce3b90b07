/**
 * Saying a time is taken: no time, not in, at work, or somewhere else to be ("周四我没空", "礼拜天我要去
 * 女儿家", "周五俺得去码头", "sat cannot already", "I have to be at work"). One vocabulary for the visit
 * prompt, the choice of slots and a visit corrected at the summary, so a clause that rules a time out
 * reads the same wherever it is said. Each reader adds its own exceptions ("平时要上班" is a habit).
 */
export const BUSY = /不行|没空|没有空|没时间|没人|不在家|不方便|有事|不得闲|不得行|要不得|加班|上班|开会|补觉|赶集|出差|上课|(要|得|必须)(去|回|出门|赶)|\b(can'?t|cannot|not free|busy|not (good|possible|available|home)|doesn'?t work|won'?t (do|work)|no good|working|at work|(i|we) (have to|need to|must|'?ve got to|gotta) (go|be|work|attend|pick|take)|(i'?m|we'?re|i am|we are) (away|out of town|travel\w*)|appointments?|lessons?|classes|meetings?|shifts?)\b/i;

import { patchStored } from './src/understand/stored-patch.js';
console.log(patchStored('青岛市黄岛区积米崖港区渔港路16号', '地址写得不对😅是渔港路61号不是16号🙏'));
console.log(patchStored('青岛市黄岛区积米崖港区渔港路16号', '是渔港路61号 不是16号'));
console.log(patchStored('广州市海珠区江南西路青凤大街8号502', '地址不对,是青凤大街18号不是8号,都是502'));

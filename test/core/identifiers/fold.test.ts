import { expect } from '@open-wc/testing';
import { foldVietnamese } from '../../../src/core/identifiers/fold.js';

describe('identifiers/foldVietnamese', () => {
  it('lower-cases, removes tone and vowel marks, and turns đ into d', () => {
    expect(foldVietnamese('Đăng ký tạm trú')).to.equal('dang ky tam tru');
    expect(foldVietnamese('ĐỒNG THÁP')).to.equal('dong thap');
    expect(foldVietnamese('Nguyễn Thị Ánh Tuyết')).to.equal('nguyen thi anh tuyet');
    expect(foldVietnamese('ăâêôơư ĂÂÊÔƠƯ đĐ')).to.equal('aaeoou aaeoou dd');
    expect(foldVietnamese('àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ')).to.equal(
      'aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy',
    );
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldVietnamese('Đăng ký tạm trú'.normalize('NFD'))).to.equal('dang ky tam tru');
    expect(foldVietnamese('Thừa Thiên Huế'.normalize('NFD'))).to.equal(foldVietnamese('Thừa Thiên Huế'.normalize('NFC')));
    // Mixed: a precomposed base letter with a separate combining tone mark.
    expect(foldVietnamese('Vie\u0302\u0323t')).to.equal('viet');
  });

  it('reads the eth that old encodings put in place of Đ', () => {
    expect(foldVietnamese('\u00D0à Nẵng')).to.equal('da nang');
    expect(foldVietnamese('\u00F0ường')).to.equal('duong');
  });

  it('leaves ASCII text, digits and punctuation alone apart from case', () => {
    expect(foldVietnamese('Thủ tục 1.001193 (cấp xã)')).to.equal('thu tuc 1.001193 (cap xa)');
  });
});

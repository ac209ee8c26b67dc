import { expect } from '@open-wc/testing';
import {
  asciiPunctuation,
  compactIdentifier,
  normalizeText,
  stripSeparators,
  toAsciiDigits,
} from '../../../src/core/identifiers/normalize.js';

describe('identifiers/normalize', () => {
  describe('toAsciiDigits', () => {
    it('keeps ASCII digits and other text as they are', () => {
      expect(toAsciiDigits('Mã 0912 abc')).to.equal('Mã 0912 abc');
    });

    it('converts full-width digits', () => {
      expect(toAsciiDigits('０９１２３４５６７８')).to.equal('0912345678');
    });

    it('converts Arabic-Indic and Extended Arabic-Indic digits', () => {
      expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).to.equal('0123456789');
      expect(toAsciiDigits('۰۱۲۳۴۵۶۷۸۹')).to.equal('0123456789');
    });

    it('converts Devanagari, Bengali and Thai digits', () => {
      expect(toAsciiDigits('०१२३४५६७८९')).to.equal('0123456789');
      expect(toAsciiDigits('০১২৩৪৫৬৭৮৯')).to.equal('0123456789');
      expect(toAsciiDigits('๐๑๒๓๔๕๖๗๘๙')).to.equal('0123456789');
    });

    it('converts digits outside the BMP, including runs of several 0–9 sets', () => {
      // U+1D7CE… bold, U+1D7D8… double-struck, U+1D7F6… monospace: five 0–9 sets in a row.
      expect(toAsciiDigits('𝟎𝟗𝟏𝟐')).to.equal('0912');
      expect(toAsciiDigits('𝟘𝟙𝟡')).to.equal('019');
      expect(toAsciiDigits('𝟶𝟿')).to.equal('09');
    });
  });

  describe('normalizeText', () => {
    it('composes to NFC, trims and drops invisible characters', () => {
      expect(normalizeText('  Nguye\u0302\u0303n\u200B ')).to.equal('Nguyễn');
      expect(normalizeText('\uFEFF\u00ADa\u200Db\u2060')).to.equal('ab');
      expect(normalizeText('\u00A0x\u3000')).to.equal('x');
    });
  });

  describe('stripSeparators and compactIdentifier', () => {
    it('drops spaces, dots, dashes and brackets of every width', () => {
      expect(stripSeparators('(+84) 912-345.678')).to.equal('+84912345678');
      expect(stripSeparators('０９１２\u2013345\u2014678［1］（2）．3')).to.equal('０９１２345678123');
      expect(stripSeparators('1\u00A02\u30003\u22124')).to.equal('1234');
    });

    it('returns the digits of a number typed any way', () => {
      expect(compactIdentifier(' ０９１２\u200B ３４５ ６７８ ')).to.equal('0912345678');
      expect(compactIdentifier('٠٩١٢-٣٤٥-٦٧٨')).to.equal('0912345678');
      expect(compactIdentifier('001.2\u00AD03.012345')).to.equal('001203012345');
    });
  });

  describe('asciiPunctuation', () => {
    it('maps dashes, full stops and slashes to ASCII', () => {
      expect(asciiPunctuation('a\u2013b\u2014c\u2212d\uFF0De')).to.equal('a-b-c-d-e');
      expect(asciiPunctuation('1\uFF0E2\u30023')).to.equal('1.2.3');
      expect(asciiPunctuation('05\uFF0F09\u22151990')).to.equal('05/09/1990');
    });
  });
});

/**
 * The type-ahead of provinces and communes (names with or without marks, old province names),
 * its options, what typing and the keys do, and the reader of the shipped commune list, loaded
 * apart from the element at connect: showing an address needs none of it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { templates as english } from '../../i18n/generated/en/address-search.js';
import { addTranslations } from '../../i18n/locale.js';

export { createCommuneIndex } from '../../core/address/commune-search.js';
export { provinceByCode } from '../../core/address/province-by-code.js';
export { loadCommunes } from '../../core/data/communes.js';
export { adoptOptionStyles } from './address-search.styles.js';
export { choose, formerNote, keyDown, prefill, settle, showOptions } from './address-typing.js';

addTranslations(english);

export type Field = 'province' | 'commune';

export interface Option {
  code: string;
  name: string;
  /** The province of a commune found across the country. */
  provinceName?: string;
  /** The old province name through which a province was found. */
  formerName?: string;
}

/** One option of a field's list; `active` is the one the field points at. */
export function renderOption(field: Field, option: Option, index: number, active: boolean) {
  let detail = '';
  if (option.formerName) detail = msg(str`Gồm ${option.formerName} cũ`, { id: 'address.includes-former' });
  else if (option.provinceName) detail = option.provinceName;
  return html`<li
    id="${field}-option-${index}"
    role="option"
    data-index=${index}
    aria-selected=${active ? 'true' : 'false'}
    class="option ${active ? 'active' : ''}"
  >
    <span class="option-name">${option.name}</span>${detail ? html`<span class="option-detail">${detail}</span>` : nothing}
  </li>`;
}

import { expect } from '@open-wc/testing';
import { DOSSIER_FORMS, dossierFormFor } from '../../../src/core/dossier-forms/catalogue.js';
import { DOSSIER_FORM_CODES, hasDossierForm } from '../../../src/core/dossier-forms/form-codes.js';
import { loadDossierForm } from '../../../src/core/dossier-forms/load-form.js';

describe('which procedures have an online form, without the forms', () => {
  it('names exactly the procedures whose forms the catalogue holds', () => {
    expect([...DOSSIER_FORM_CODES].sort()).to.deep.equal([...DOSSIER_FORMS.keys()].sort());
  });

  it('answers as the catalogue does, provincial copies included', () => {
    for (const code of ['1.004194', '1.004194.H19', '1.003677.H01', '1.001612', '2.000001.H29', ''])
      expect(hasDossierForm(code), code).to.equal(dossierFormFor(code) !== undefined);
  });

  it('fetches the form the catalogue holds, for each procedure that has one', async () => {
    for (const code of ['1.004194', '1.004194.H19', '1.003677', '1.003677.H01', '1.001612', '2.000001.H29', '', 'constructor'])
      expect(await loadDossierForm(code), code).to.equal(dossierFormFor(code));
  });
});

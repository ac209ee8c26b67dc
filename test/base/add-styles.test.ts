import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/dvc-dossier-form/define.js';
import '../../src/elements/dvc-feedback-form/define.js';
import '../../src/elements/dvc-support-request/define.js';
import { INPUT_ATTRIBUTE, selectionStyles } from '../../src/elements/dvc-otp-input/root-styles.js';
import { PAYER_ATTRIBUTE, payerStyles } from '../../src/elements/dvc-payment-selector/payer-styles.js';
import { BODY_ATTRIBUTE, lightStyles } from '../../src/elements/dvc-registration-wizard/dvc-registration-wizard.styles.js';

type Form = HTMLElement & { updateComplete: Promise<boolean> };

/** The forms that render in their light DOM, and the container their rules lay out. */
const FORMS = [
  ['dvc-feedback-form', '.dvc-feedback'],
  ['dvc-support-request', '.dvc-support'],
  ['dvc-dossier-form', '.dvc-dossier'],
] as const;

describe('light-DOM rules, adopted by the root that holds the element', function () {
  // The forms' modules are compiled on first use, slow while the whole suite runs.
  this.timeout(30_000);

  for (const [tag, container] of FORMS) {
    it(`styles <${tag}> in the document and in a shadow root, with no <style> element a strict CSP would refuse`, async () => {
      const host = fixtureSync<HTMLElement>(html`<div></div>`);
      const inDocument = document.createElement(tag) as Form;
      host.append(inDocument);
      await inDocument.updateComplete;
      expect(getComputedStyle(inDocument.querySelector(container)!).display).to.equal('flex');
      expect(inDocument.querySelector('style')).to.equal(null);

      const root = host.attachShadow({ mode: 'open' });
      root.append(document.createElement('slot'));
      const inShadow = document.createElement(tag) as Form;
      root.append(inShadow);
      await inShadow.updateComplete;
      expect(getComputedStyle(inShadow.querySelector(container)!).display).to.equal('flex');
      // The rules the forms share, then the form's own.
      expect(root.adoptedStyleSheets).to.have.length(2);
      expect(inShadow.querySelector('style')).to.equal(null);
    });
  }

  it('adopts the rules the forms share once for all the forms in a root', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const forms = FORMS.map(([tag]) => {
      const form = document.createElement(tag) as Form;
      form.setAttribute('sign-in-url', '/dang-nhap');
      return root.appendChild(form);
    });
    await Promise.all(forms.map((form) => form.updateComplete));
    expect(root.adoptedStyleSheets).to.have.length(1 + FORMS.length);
    for (const [index, [, container]] of FORMS.entries())
      expect(getComputedStyle(forms[index].querySelector(container)!).maxInlineSize).to.equal('768px');
    // The shared rules reach each form; a form's own rules come after them.
    const [, request, dossier] = forms;
    expect(getComputedStyle(request.querySelector('textarea')!).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(request.querySelector('.required')!).color).to.equal('rgb(179, 38, 30)');
    expect(getComputedStyle(request.querySelector('fieldset')!).borderTopWidth).to.equal('0px');
    expect(getComputedStyle(dossier.querySelector('.failure')!).color).to.equal('rgb(179, 38, 30)');
    // A link is in the elements' blue, not the browser's.
    expect(getComputedStyle(forms[0].querySelector('a[href="/dang-nhap"]')!).color).to.equal('rgb(10, 79, 160)');
    // The page's theme tokens reach them as they reach the elements with a shadow root.
    host.style.setProperty('--dvc-color-primary', 'rgb(1, 2, 3)');
    host.style.setProperty('--dvc-font-family', 'monospace');
    expect(getComputedStyle(request.querySelector('button.primary')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(request.querySelector('textarea')!).fontFamily).to.equal('monospace');
  });

  it('select the light DOM of the wizard, the payer fields and the code input by the attribute each sets', () => {
    expect(lightStyles.cssText).to.include(`[${BODY_ATTRIBUTE}]`);
    expect(payerStyles.cssText).to.include(`[${PAYER_ATTRIBUTE}]`);
    expect(selectionStyles.cssText).to.include(`[${INPUT_ATTRIBUTE}]`);
  });
});

/**
 * `dvc-elements/angular`: Angular forms support for the elements. Compiled with Angular's partial
 * compilation, as Angular libraries are published, so any Angular 21 application can link it.
 */
export { DvcOtpValueAccessor } from './otp-value-accessor.js';

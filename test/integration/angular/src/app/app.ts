import { Component } from '@angular/core';
import { ProcedurePicker } from './procedure-picker';
import { ReactiveOtp } from './reactive-otp';
import { TemplateOtp } from './template-otp';

@Component({
  selector: 'app-root',
  imports: [ReactiveOtp, TemplateOtp, ProcedurePicker],
  template: `
    <main>
      <h1>dvc-elements trong một ứng dụng Angular</h1>
      <app-reactive-otp />
      <app-template-otp />
      <app-procedure-picker />
    </main>
  `,
})
export class App {}

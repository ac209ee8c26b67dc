import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { DvcOtpValueAccessor } from 'dvc-elements/angular';

/** A template-driven form: `[(ngModel)]` on a code of letters and digits, four long until the page says six. */
@Component({
  selector: 'app-template-otp',
  imports: [FormsModule, JsonPipe, DvcOtpValueAccessor],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form id="template" #lookup="ngForm" aria-labelledby="template-title">
      <h2 id="template-title">Biểu mẫu template (ngModel)</h2>
      <dvc-otp-input
        name="code"
        [(ngModel)]="code"
        [disabled]="locked()"
        [attr.length]="codeLength()"
        alphanumeric
        required
        label="Mã tra cứu hồ sơ"
      ></dvc-otp-input>
      <p>
        <button type="button" (click)="code = 'AB12'">Điền mã AB12</button>
        <button type="button" (click)="codeLength.set(6)">Dùng mã 6 ký tự</button>
        <label><input type="checkbox" [checked]="locked()" (change)="locked.set(!locked())" /> Khoá ô nhập</label>
      </p>
    </form>
    <dl id="template-state">
      <dt>Giá trị</dt>
      <dd data-state="value">{{ code }}</dd>
      <dt>Hợp lệ</dt>
      <dd data-state="valid">{{ lookup.valid }}</dd>
      <dt>Lỗi</dt>
      <dd data-state="errors">{{ lookup.controls['code']?.errors | json }}</dd>
      <dt>Đã rời ô nhập</dt>
      <dd data-state="touched">{{ lookup.controls['code']?.touched }}</dd>
    </dl>
  `,
})
export class TemplateOtp {
  protected code = '';
  protected readonly locked = signal(false);
  protected readonly codeLength = signal(4);
}

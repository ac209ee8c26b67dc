import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { DvcEvent, DvcOtpInput } from 'dvc-elements';
import { DvcOtpValueAccessor } from 'dvc-elements/angular';

/** A reactive form around `<dvc-otp-input>`, with the form's state shown for the page to read. */
@Component({
  selector: 'app-reactive-otp',
  imports: [ReactiveFormsModule, JsonPipe, DvcOtpValueAccessor],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <form id="reactive" [formGroup]="form" (ngSubmit)="submit()" aria-labelledby="reactive-title">
      <h2 id="reactive-title">Biểu mẫu reactive (formControlName)</h2>
      <dvc-otp-input
        formControlName="otp"
        required
        [label]="label()"
        [resendAt]="resendAt"
        (dvc-otp-complete)="completed.set($event.detail.value)"
        (dvc-otp-resend)="resend($event)"
      ></dvc-otp-input>
      <p>
        <button type="submit" [disabled]="form.invalid">Xác nhận</button>
        <button type="button" (click)="toggleDisabled()">{{ form.controls.otp.disabled ? 'Mở khoá ô nhập' : 'Khoá ô nhập' }}</button>
        <button type="button" (click)="form.controls.otp.setValue('123456')">Điền mã 123456</button>
        <button type="button" (click)="form.reset()">Xoá biểu mẫu</button>
        <button type="button" (click)="label.set('Mã vừa nhận qua tin nhắn')">Đổi nhãn</button>
      </p>
    </form>
    <dl id="reactive-state">
      <dt>Giá trị</dt>
      <dd data-state="value">{{ form.controls.otp.value }}</dd>
      <dt>Trạng thái</dt>
      <dd data-state="status">{{ form.status }}</dd>
      <dt>Lỗi</dt>
      <dd data-state="errors">{{ form.controls.otp.errors | json }}</dd>
      <dt>Đã rời ô nhập</dt>
      <dd data-state="touched">{{ form.controls.otp.touched }}</dd>
      <dt>Mã đủ (dvc-otp-complete)</dt>
      <dd data-state="completed">{{ completed() }}</dd>
      <dt>Yêu cầu gửi lại (dvc-otp-resend)</dt>
      <dd data-state="resends">{{ resends() }}</dd>
      <dt>Đã xác nhận</dt>
      <dd data-state="submitted">{{ submitted() }}</dd>
    </dl>
  `,
})
export class ReactiveOtp {
  protected readonly form = new FormGroup({ otp: new FormControl('', { nonNullable: true }) });
  protected readonly label = signal('Mã xác thực đã gửi tới 091****678');
  /** A new code may be asked for at once, so the element offers "Gửi lại mã". */
  protected readonly resendAt = Date.now() - 1000;
  protected readonly completed = signal('');
  protected readonly resends = signal(0);
  protected readonly submitted = signal('');

  protected submit(): void {
    this.submitted.set(this.form.controls.otp.value);
  }

  protected toggleDisabled(): void {
    const control = this.form.controls.otp;
    if (control.disabled) control.enable();
    else control.disable();
  }

  /** This page sends codes itself: it cancels the element's own request and tells it a code went out. */
  protected resend(event: DvcEvent<'dvc-otp-resend'>): void {
    event.preventDefault();
    this.resends.update((count) => count + 1);
    (event.currentTarget as DvcOtpInput).codeSent({ resendAt: Date.now() + 60_000, maskedTo: '091****678' });
  }
}

import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { Procedure } from 'dvc-elements';

const civilStatus = (code: string, name: string): Procedure => ({
  code,
  name,
  sector: 'Hộ tịch',
  agency: 'Ủy ban nhân dân cấp xã',
  levels: ['Cấp xã'],
  online: true,
  subjects: ['Công dân Việt Nam'],
  type: 'TTHC được luật giao quy định chi tiết',
});

/** An array property in, the element's events out. */
@Component({
  selector: 'app-procedure-picker',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <section id="procedure" aria-labelledby="procedure-title">
      <h2 id="procedure-title">Chọn thủ tục ([procedures] và sự kiện)</h2>
      <p><button type="button" (click)="addDeathRegistration()">Thêm thủ tục đăng ký khai tử</button></p>
      <dvc-procedure-search
        [procedures]="procedures()"
        page-size="5"
        (dvc-search)="total.set($event.detail.total)"
        (dvc-procedure-select)="chosen.set($event.detail.procedure.code + ' ' + $event.detail.procedure.name)"
      ></dvc-procedure-search>
      <dl id="procedure-state">
        <dt>Số kết quả (dvc-search)</dt>
        <dd data-state="total">{{ total() }}</dd>
        <dt>Thủ tục đã chọn (dvc-procedure-select)</dt>
        <dd data-state="chosen">{{ chosen() }}</dd>
      </dl>
    </section>
  `,
})
export class ProcedurePicker {
  protected readonly procedures = signal<readonly Procedure[]>([
    civilStatus('1.001193', 'Đăng ký khai sinh'),
    civilStatus('1.000894', 'Đăng ký kết hôn'),
  ]);
  protected readonly total = signal<number | null>(null);
  protected readonly chosen = signal('');

  /** A new array, as an application replaces its data: the element searches the new records. */
  protected addDeathRegistration(): void {
    this.procedures.update((list) => [...list, civilStatus('1.000656', 'Đăng ký khai tử')]);
  }
}

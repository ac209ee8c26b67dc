/**
 * The demo's fixed data: every well-formed identity registers, except the cases below, which
 * exist so a demo or a test can reach each refusal.
 */
export const DEMO_FIXTURES = {
  /** This ID already has an account: registering it fails with `account-exists`. */
  existingAccount: {
    accountId: 'acc_demo_existing',
    idNumber: '001090000001',
    fullName: 'Trần Văn Minh',
    birthDate: '01/01/1990',
    phone: '0912000001',
  },
  /** This phone is registered with its carrier to `ownerIdNumber`: any other ID gets `identity-mismatch`. */
  phoneOfAnotherId: { phone: '0912000002', ownerIdNumber: '079185000002' },
  /** Social insurance does not know this code: `not-found` on `bhxhCode`. */
  unknownBhxhCode: '0199999999',
  /** The signing SIM whose certificate belongs to `existingAccount`: registering with it gives `account-exists`. */
  simOfExistingAccount: '0913000001',
  /** The demo USB token's PIN. */
  tokenPin: '123456',
  /** Who signs in on the stand-in VNeID page. */
  vneidCitizen: { idNumber: '001190000003', fullName: 'Lê Thị Hoa', phone: '0987000003' },
  /** A provider that is down: `provider-unavailable`. */
  unavailableProvider: 'demo-unavailable',
  /** Dossiers that exist from the start. */
  dossiers: {
    /** Result returned (status 10), not yet rated. */
    resolved: '000.00.06.H56-231027-0361',
    /** Waiting for its fees (status 6): 50.000 ₫ lệ phí and 100.000 ₫ phí. */
    awaitingPayment: '000.00.06.H56-231027-0362',
    /** Resolved and already rated: `already-rated`. */
    rated: '000.00.06.H56-231027-0363',
    /** The agency asks for two more documents (status 5). */
    documentsRequested: '000.00.06.H56-231027-0364',
  },
} as const;

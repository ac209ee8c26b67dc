/**
 * Registration: what each method's form asks for, the request that starts a registration, and
 * the steps that follow (one-time code, email link, password).
 */
import type { RegistrationMethod } from '../events.js';
import { accountSummarySchema, handleSchema, returnUrlSchema, subjectSchema, timestampSchema } from './common.js';
import {
  bhxhCodeSchema,
  birthDateSchema,
  captchaAnswerSchema,
  cccdSchema,
  emailSchema,
  fullNameSchema,
  idNumberMatchesBirthDate,
  idNumberSchema,
  otpCodeSchema,
  passwordSchema,
  phoneNumberSchema,
  smartcaUserIdSchema,
} from './identifiers.js';
import { documented } from './registry.js';
import { z } from './zod.js';
import { ACTIVATION_LINK_PARAM } from '../data/activation-link.js';

export { ACTIVATION_LINK_PARAM };

const addressSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

// Shapes, not objects: zod refuses to extend an object that already has checks, and the checks
// belong on the finished request.
const phoneFields = {
  idNumber: idNumberSchema,
  fullName: fullNameSchema,
  birthDate: birthDateSchema,
  phone: phoneNumberSchema,
  email: z.optional(emailSchema),
  captchaAnswer: captchaAnswerSchema,
};

/** The guide publishes no field list for BHXH: these are what social insurance can match on. */
const bhxhFields = {
  bhxhCode: bhxhCodeSchema,
  idNumber: cccdSchema,
  fullName: fullNameSchema,
  birthDate: birthDateSchema,
  phone: phoneNumberSchema,
};

/** Vietnam Post: the citizen's identity, a contact address, and how to activate (OTP SMS or email link). */
const vnpostFields = {
  idNumber: idNumberSchema,
  fullName: fullNameSchema,
  birthDate: birthDateSchema,
  phone: phoneNumberSchema,
  email: z.optional(emailSchema),
  address: z.optional(addressSchema),
  activation: z.enum(['sms', 'email']),
  captchaAnswer: captchaAnswerSchema,
};

/** Asked after the certificate was read and verified. */
const usbTokenFields = { email: emailSchema, captchaAnswer: captchaAnswerSchema };
const simCaFields = { phone: phoneNumberSchema };
const smartcaFields = { userId: smartcaUserIdSchema };

const emailRequiredForEmailActivation = z.superRefine((fields: { activation: 'sms' | 'email'; email?: string }, ctx) => {
  if (fields.activation === 'email' && fields.email === undefined) {
    ctx.addIssue({ code: 'custom', message: 'email.required', path: ['email'], input: fields.email });
  }
});

/**
 * What each method's form asks the citizen, for validating a form before it is sent. The
 * captcha's id and the method are added by the request.
 */
export const registrationFieldSchemas = {
  phone: z.object(phoneFields).check(idNumberMatchesBirthDate),
  bhxh: z.object(bhxhFields).check(idNumberMatchesBirthDate),
  vnpost: z.object(vnpostFields).check(idNumberMatchesBirthDate, emailRequiredForEmailActivation),
  'usb-token': z.object(usbTokenFields),
  'sim-ca': z.object(simCaFields),
  smartca: z.object(smartcaFields),
  vneid: z.object({}),
} satisfies Record<RegistrationMethod, z.ZodMiniType>;

export type RegistrationFields = { [M in RegistrationMethod]: z.infer<(typeof registrationFieldSchemas)[M]> };

export const phoneRegistrationSchema = documented(
  z
    .object({ method: z.literal('phone'), subject: z.literal('citizen'), captchaId: handleSchema, ...phoneFields })
    .check(idNumberMatchesBirthDate),
  { id: 'PhoneRegistration', description: 'Mobile subscriber (thuê bao di động): the phone must be registered to the same ID.' },
);

export const bhxhRegistrationSchema = documented(
  z.object({ method: z.literal('bhxh'), subject: z.literal('citizen'), ...bhxhFields }).check(idNumberMatchesBirthDate),
  { id: 'BhxhRegistration', description: 'Social-insurance code: the data must match the social-insurance records.' },
);

export const vnpostRegistrationSchema = documented(
  z
    .object({
      method: z.literal('vnpost'),
      subject: z.literal('citizen'),
      captchaId: handleSchema,
      /** The page the activation email links back to; the server adds the token. */
      returnUrl: z.optional(returnUrlSchema),
      ...vnpostFields,
    })
    .check(idNumberMatchesBirthDate, emailRequiredForEmailActivation),
  { id: 'VnpostRegistration', description: 'Vietnam Post account, activated by SMS code or by an email link.' },
);

export const usbTokenRegistrationSchema = documented(
  z.object({
    method: z.literal('usb-token'),
    subject: subjectSchema,
    /** A certificate challenge that `verifyCertificate` accepted. */
    challengeId: handleSchema,
    captchaId: handleSchema,
    ...usbTokenFields,
  }),
  { id: 'UsbTokenRegistration', description: 'USB signing token: the identity comes from the verified certificate.' },
);

export const remoteSigningRegistrationSchema = documented(
  z.object({
    method: z.enum(['sim-ca', 'smartca']),
    subject: subjectSchema,
    /** A remote-signing request the holder approved. */
    signingRequestId: handleSchema,
  }),
  { id: 'RemoteSigningRegistration', description: 'SIM or SmartCA signing: the identity comes from the approved signing request.' },
);

export const registrationRequestSchema = documented(
  z.discriminatedUnion('method', [
    phoneRegistrationSchema,
    bhxhRegistrationSchema,
    vnpostRegistrationSchema,
    usbTokenRegistrationSchema,
    remoteSigningRegistrationSchema,
  ]),
  { id: 'RegistrationRequest' },
);

export const otpStateSchema = documented(
  z.object({
    channel: z.enum(['sms', 'email']),
    maskedTo: z.string(),
    length: z.int().check(z.minimum(4), z.maximum(8)),
    expiresAt: timestampSchema,
    /** Before this instant a resend is refused. */
    resendAt: timestampSchema,
    attemptsLeft: z.int().check(z.minimum(0)),
  }),
  { id: 'OtpState', description: 'The one-time code that was sent, without the code.' },
);

/**
 * Until when an unfinished registration may be continued (the server's idle timeout); a client
 * warns before it and extends it with `extendRegistration`. Absent: no time limit to show.
 */
const sessionExpiresAtSchema = z.optional(timestampSchema);

export const registrationStepSchema = documented(
  z.discriminatedUnion('next', [
    z.object({ next: z.literal('otp'), registrationId: handleSchema, otp: otpStateSchema, sessionExpiresAt: sessionExpiresAtSchema }),
    z.object({
      next: z.literal('email-link'),
      registrationId: handleSchema,
      maskedEmail: z.string(),
      expiresAt: timestampSchema,
    }),
    z.object({ next: z.literal('password'), registrationId: handleSchema, sessionExpiresAt: sessionExpiresAtSchema }),
    z.object({ next: z.literal('done'), account: accountSummarySchema }),
  ]),
  {
    id: 'RegistrationStep',
    description: 'What the citizen does next: enter the code, open the email link, choose a password, or nothing.',
  },
);

export const resendOtpRequestSchema = documented(z.object({ registrationId: handleSchema }), { id: 'ResendOtpRequest' });

export const verifyOtpRequestSchema = documented(z.object({ registrationId: handleSchema, code: otpCodeSchema }), {
  id: 'VerifyOtpRequest',
});

export const setPasswordRequestSchema = documented(z.object({ registrationId: handleSchema, password: passwordSchema }), {
  id: 'SetPasswordRequest',
});

export const extendRegistrationRequestSchema = documented(z.object({ registrationId: handleSchema }), {
  id: 'ExtendRegistrationRequest',
  description: 'Keeps an unfinished registration open for another full period.',
});

export const registrationSessionSchema = documented(z.object({ registrationId: handleSchema, sessionExpiresAt: timestampSchema }), {
  id: 'RegistrationSession',
  description: 'Until when the registration may now be continued.',
});

export const activateEmailRequestSchema = documented(z.object({ token: handleSchema }), {
  id: 'ActivateEmailRequest',
  description: 'The token from the activation email link.',
});

export type PhoneRegistration = z.infer<typeof phoneRegistrationSchema>;
export type BhxhRegistration = z.infer<typeof bhxhRegistrationSchema>;
export type VnpostRegistration = z.infer<typeof vnpostRegistrationSchema>;
export type UsbTokenRegistration = z.infer<typeof usbTokenRegistrationSchema>;
export type RemoteSigningRegistration = z.infer<typeof remoteSigningRegistrationSchema>;
export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;
export type OtpState = z.infer<typeof otpStateSchema>;
export type RegistrationStep = z.infer<typeof registrationStepSchema>;
export type ResendOtpRequest = z.infer<typeof resendOtpRequestSchema>;
export type VerifyOtpRequest = z.infer<typeof verifyOtpRequestSchema>;
export type SetPasswordRequest = z.infer<typeof setPasswordRequestSchema>;
export type ActivateEmailRequest = z.infer<typeof activateEmailRequestSchema>;
export type ExtendRegistrationRequest = z.infer<typeof extendRegistrationRequestSchema>;
export type RegistrationSession = z.infer<typeof registrationSessionSchema>;

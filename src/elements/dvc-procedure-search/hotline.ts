/** The portal's support line (domain.md), offered when a search fails or finds nothing. */
export const HOTLINE = '1800 1096';
export const HOTLINE_TEL = 'tel:18001096';

/** The portal's support line (domain.md), offered when a search fails or finds nothing; a no-break space keeps it on one line. */
export const HOTLINE = '1800\u00a01096';
export const HOTLINE_TEL = 'tel:18001096';

/** The package version, compared when two copies of the library register the same tag. */
export const VERSION = '0.1.0';

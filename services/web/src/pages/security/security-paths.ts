/** The account's security page: two-factor sign-in (set up, recovery codes, turn off). */
export const SECURITY_PATH = '/tai-khoan/bao-mat';
/** The account's privacy page: consent per purpose and its history. */
export const PRIVACY_PATH = '/tai-khoan/quyen-rieng-tu';
/** The second step of signing in: the code from the authenticator app. */
export const TWO_FACTOR_SIGN_IN_PATH = '/dang-nhap/ma-xac-thuc';
/** The short-lived cookie that carries the sign-in's challenge from the password to the code. */
export const CHALLENGE_COOKIE = 'tq_2fa';

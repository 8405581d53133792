// The ports `npm run dev` and `npm run preview` listen on unless told otherwise (the browser tests keep off them).
export const DEV_PORT = 5173;
export const PREVIEW_PORT = 4173;

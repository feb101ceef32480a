// scripts/bundle.mjs loads .css files as text into the worker bundle.
declare module '*.css' {
  const text: string;
  export default text;
}

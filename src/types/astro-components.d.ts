// tsc reads .ts files only; a .ts module that imports components (src/components/part-views.ts) sees each as a component, its props unchecked here.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

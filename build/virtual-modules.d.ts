/** The mentor's page script and style, built by build/mentor-page.ts. */
declare module 'virtual:mentor-page' {
  export const script: string;
  export const style: string;
}

export * from './computeLens';
export * from './connectedness';
export * from './customFieldScale';
export * from './fieldScale';
export * from './lensFields';
export * from './linkColours';
export * from './nodeLook';
export * from './palettes';

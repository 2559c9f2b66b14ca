/* eslint-disable */
// Builds the add-in: custom functions and task pane share one runtime page.
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const functionFiles = require('./scripts/functionFiles');

// `npx office-addin-dev-certs install` writes a localhost certificate that
// Office trusts into ~/.office-addin-dev-certs; use it when it is there, else
// the dev server makes its own (which Office will not trust).
const devCerts = () => {
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  if (!['localhost.key', 'localhost.crt', 'ca.crt'].every((n) => fs.existsSync(file(n)))) {
    return undefined;
  }
  const read = (name) => fs.readFileSync(file(name));
  return { key: read('localhost.key'), cert: read('localhost.crt'), ca: read('ca.crt') };
};

module.exports = async (_env, argv) => {
  const dev = argv.mode === 'development';
  const https = dev ? devCerts() : undefined;
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/index.ts',
      taskpane: './src/taskpane/index.tsx',
      // The browser preview (no Excel): the same pane on the ExcelJS adapter of the port.
      preview: './src/taskpane/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist/addin'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              // ES modules let webpack drop the unused parts of Fluent UI.
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functionFiles, output: 'functions.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/taskpane/preview/preview.html',
        chunks: ['preview'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The manifest's SupportUrl and GetStarted link.
          { from: 'src/help/help.html', to: 'help.html' },
          // The preview opens the example workbook by default.
          { from: 'examples/lbf-example.xlsx', to: 'lbf-example.xlsx', noErrorOnMissing: true },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      server: https ? { type: 'https', options: https } : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist/addin') },
    },
  };
};
